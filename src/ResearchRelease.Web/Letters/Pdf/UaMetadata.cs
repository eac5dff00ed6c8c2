using System.Security;
using System.Text;
using System.Xml;
using PdfSharp.Pdf;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>
/// The letter's XMP metadata as PDF/UA-1 asks for it (ISO 14289-1 clause 5 and 7.1): the identification
/// <c>pdfuaid:part</c> 1, the title as <c>dc:title</c> and the language as <c>dc:language</c>.
/// PDFsharp 6.2 writes its own packet from the document information at every save (the renderer's and the signer's)
/// and offers no way to add to it; later versions that do change licence. So the saved file's packet is overwritten
/// in place with one of exactly the same length (padded with white space, as XMP allows): no offset in the file
/// moves, and in the signer this happens before the signature's hash is taken, so the signature covers it.
/// </summary>
internal static class UaMetadata
{
    private static ReadOnlySpan<byte> Begin => "stream\n<?xpacket begin="u8;
    private static ReadOnlySpan<byte> End => "<?xpacket end=\"w\"?>\nendstream"u8;
    private const string Trailer = "<?xpacket end=\"w\"?>";

    /// <summary>What the packet says, read from the document before it is saved.</summary>
    public sealed record Fields(string Title, string Language, string Author, string Subject, string Keywords, string Creator);

    public static Fields From(PdfDocument document) =>
        new(
            document.Info.Title,
            document.Internals.Catalog.Elements.GetString("/Lang"),
            document.Info.Author,
            document.Info.Subject,
            document.Info.Keywords,
            document.Info.Creator
        );

    /// <summary>Overwrites every metadata stream's packet; returns how many (one, in a letter PDFsharp saved).</summary>
    public static int Stamp(Span<byte> pdf, Fields fields)
    {
        var stamped = 0;
        var from = 0;
        while (pdf[from..].IndexOf(Begin) is var found and >= 0)
        {
            var start = from + found + "stream\n".Length;
            var length = pdf[start..].IndexOf(End);
            if (length < 0)
                break;
            length += Trailer.Length;
            if (Packet(fields, length) is { } packet)
            {
                packet.CopyTo(pdf.Slice(start, length));
                stamped++;
            }

            from = start + length;
        }

        return stamped;
    }

    /// <summary>
    /// The packet, exactly <paramref name="length"/> bytes long. The optional properties go first when the required ones
    /// (identification, title, language) would not otherwise fit; null if even those do not.
    /// </summary>
    public static byte[]? Packet(Fields fields, int length)
    {
        for (var optional = 3; optional >= 0; optional--)
        {
            var body = Encoding.UTF8.GetBytes(Body(fields, optional));
            var trailer = Encoding.UTF8.GetBytes("\n" + Trailer);
            var padding = length - body.Length - trailer.Length;
            if (padding < 0)
                continue;
            return [.. body, .. Enumerable.Repeat((byte)' ', padding), .. trailer];
        }

        return null;
    }

    private const string Header =
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
        + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n";

    private const string Footer = "\n</rdf:Description>\n</rdf:RDF></x:xmpmeta>";

    private static string Body(Fields f, int optional)
    {
        var properties = new List<string>
        {
            "<pdfuaid:part>1</pdfuaid:part>",
            $"<dc:title>{Alt(f.Title)}</dc:title>",
            $"<dc:language><rdf:Bag><rdf:li>{Text(f.Language)}</rdf:li></rdf:Bag></dc:language>",
        };
        if (optional >= 1 && f.Author.Length > 0)
        {
            properties.Add($"<dc:creator><rdf:Seq><rdf:li>{Text(f.Author)}</rdf:li></rdf:Seq></dc:creator>");
        }

        if (optional >= 1 && f.Creator.Length > 0)
            properties.Add($"<xmp:CreatorTool>{Text(f.Creator)}</xmp:CreatorTool>");
        if (optional >= 2 && f.Keywords.Length > 0)
            properties.Add($"<pdf:Keywords>{Text(f.Keywords)}</pdf:Keywords>");
        if (optional >= 3 && f.Subject.Length > 0)
            properties.Add($"<dc:description>{Alt(f.Subject)}</dc:description>");
        return Header + string.Join("\n", properties) + Footer;
    }

    private static string Alt(string value) => $"<rdf:Alt><rdf:li xml:lang=\"x-default\">{Text(value)}</rdf:li></rdf:Alt>";

    /// <summary>Escaped for XML, less any character XML cannot hold (PDFsharp's own packet escapes nothing).</summary>
    private static string Text(string value) =>
        SecurityElement.Escape(new string([.. value.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))])) ?? "";
}
