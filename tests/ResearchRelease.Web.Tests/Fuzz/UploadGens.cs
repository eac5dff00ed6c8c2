using CsCheck;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>
/// What a hostile or careless uploader sends: random bytes, a PDF signature on junk, a real PDF cut short or with
/// bytes flipped, sizes either side of a limit, and the names and content types that go with them.
/// </summary>
public static class UploadGens
{
    public static readonly string[] FileNames =
    [
        "letter.pdf",
        "",
        " ",
        ".",
        "..",
        "/",
        "\\",
        "../../etc/passwd",
        "..\\..\\Windows\\win.ini",
        "C:\\Users\\me\\Desktop\\approval.pdf",
        "/etc/shadow",
        "a/b/c.pdf",
        "dir/",
        "....//....//x.pdf",
        "%2e%2e%2fx.pdf",
        "file:///etc/passwd",
        "\u202Egnp.exe",
        "con.pdf",
        "NUL",
        "approval\u0000.pdf",
        "tab\there.pdf",
        "bell\u0007.pdf",
        "esc\u001b[31m.pdf",
        "line\r\nContent-Type: text/html.pdf",
        "quote\"d.pdf",
        "semi;colon=.pdf",
        "Zoë Ñúñez 王小明.pdf",
        "🙂👩🏽‍🔬.pdf",
        "<script>alert(1)</script>.pdf",
        "=HYPERLINK(\"x\").pdf",
        "\uFEFFbom.pdf",
        " padded .pdf ",
    ];

    /// <summary>Names past the 200-character cut, some made of emoji so the cut can fall inside a surrogate pair.</summary>
    private static readonly Gen<string> LongNames = Gen.Select(Gen.Int[195, 260], Gen.OneOf("a", "é", "🙂", "王", "/"), (n, unit) =>
        string.Concat(Enumerable.Repeat(unit, n)) + ".pdf"
    );

    public static readonly Gen<string> FileName = Gen.Frequency((6, Gen.OneOf(FileNames)), (2, LongNames), (2, HostileText.Any));

    public static readonly Gen<string?> ContentType = Gen.Frequency(
        (6, Gen.Const<string?>("application/pdf")),
        (
            3,
            Gen.OneOf<string?>(
                null,
                "application/octet-stream",
                "text/plain",
                "image/gif",
                "application/x-pdf",
                "text/html; charset=utf-8",
                "",
                "pdf",
                "multipart/mixed; boundary=x"
            )
        ),
        (1, HostileText.Any.Select(t => (string?)t))
    );

    /// <summary>Small PDFs that really open (one and three pages), made once.</summary>
    public static readonly byte[][] RealPdfs = [Pdf(1), Pdf(3)];

    private static byte[] Pdf(int pages)
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        for (var i = 0; i < pages; i++)
            document.AddPage();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>A real file cut short, with one to three bytes flipped, or with bytes added at the end.</summary>
    public static Gen<FuzzFile> Damaged(byte[] real, string what) =>
        Gen.Frequency(
            (2, Gen.Int[0, real.Length - 1].Select(n => new FuzzFile($"{what} cut to {n} bytes", real[..n]))),
            (3, Gen.Select(Gen.Int[0, real.Length - 1].Array[1, 3], Gen.Byte[1, 255], (at, mask) =>
                {
                    var flipped = real.ToArray();
                    foreach (var i in at.Distinct())
                        flipped[i] ^= mask;
                    return new FuzzFile($"{what} with byte(s) {string.Join(",", at.Distinct())} ^ 0x{mask:x2}", flipped);
                })),
            (1, Gen.Byte.Array[1, 16].Select(extra => new FuzzFile($"{what} + {extra.Length} bytes", [.. real, .. extra])))
        );

    /// <summary>Content of every kind, with sizes either side of <paramref name="limit"/> (whole megabytes; made only when drawn).</summary>
    public static Gen<FuzzFile> Content(long limit, params byte[][] reals) =>
        Gen.Frequency(
            (3, Gen.OneOf(reals.Select((r, i) => Gen.Const(new FuzzFile($"real PDF #{i}", r))).ToArray())),
            (5, Gen.OneOf(reals.Select((r, i) => Damaged(r, $"real PDF #{i}")).ToArray())),
            (2, Gen.Byte.Array[0, 4096].Select(b => new FuzzFile("random bytes", b))),
            (2, Gen.Byte.Array[0, 2048].Select(b => new FuzzFile("%PDF- then random bytes", [.. "%PDF-1.7\n"u8, .. b]))),
            (
                1,
                Gen.OneOf(
                    Gen.OneOf(
                        new FuzzFile("empty", []),
                        new FuzzFile("%PDF-", "%PDF-"u8.ToArray()),
                        new FuzzFile("%PDF", "%PDF"u8.ToArray()),
                        new FuzzFile("%pdf- lower case", "%pdf-1.7\n%%EOF"u8.ToArray())
                    ),
                    HostileText.Any.Select(t => new FuzzFile("text " + HostileText.Show(t), System.Text.Encoding.UTF8.GetBytes(t)))
                )
            ),
            (
                1,
                Gen.OneOf(-1L, 0L, 1L, 64L * 1024, 64L * 1024 + 1)
                    .Select(d =>
                    {
                        var bytes = new byte[limit + d];
                        "%PDF-1.7\n"u8.CopyTo(bytes);
                        return new FuzzFile($"%PDF- padded to the limit {(d < 0 ? "-" : "+")} {Math.Abs(d)}", bytes);
                    })
            )
        );
}
