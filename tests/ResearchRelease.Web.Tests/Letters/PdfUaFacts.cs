using System.Globalization;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace ResearchRelease.Web.Tests.Letters;

/// <summary>
/// What a PDF says about its PDF/UA-1 conformance outside the structure tree: the XMP identification, title and
/// language, and each annotation with what decides whether it must be tagged.
/// </summary>
public sealed record PdfUaFacts(int? Part, string? Title, string? Language, IReadOnlyList<PdfUaFacts.Annotation> Annotations)
{
    /// <param name="Tagged">Its StructParent names an entry of the structure tree's parent tree.</param>
    /// <param name="PageTabs">The Tabs entry of the page it is on.</param>
    public sealed record Annotation(int Page, string Subtype, double[] Rect, int Flags, bool Tagged, string? PageTabs, double[] CropBox)
    {
        public bool Hidden => (Flags & 2) == 2;

        /// <summary>veraPDF's test for ISO 14289-1 7.18: no part of the rectangle lies inside the crop box.</summary>
        public bool OutsideCropBox => CropBox[1] >= Rect[3] || CropBox[0] >= Rect[2] || CropBox[3] <= Rect[1] || CropBox[2] <= Rect[0];
    }

    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";

    public static PdfUaFacts Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        XDocument? xmp = document.TryGetXmpMetadata(out var metadata) ? metadata.GetXDocument() : null;
        var part = xmp?.Descendants(PdfUaId + "part").Select(p => int.Parse(p.Value, CultureInfo.InvariantCulture)).SingleOrDefault();
        var title = xmp?.Descendants(Dc + "title").Descendants(Rdf + "li").FirstOrDefault()?.Value;
        var language = xmp?.Descendants(Dc + "language").Descendants(Rdf + "li").FirstOrDefault()?.Value;

        var parentKeys = ParentTreeKeys(document);
        var annotations = new List<Annotation>();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            var page = document.GetPage(number);
            var tabs = Resolve(document, page.Dictionary, "Tabs") is NameToken t ? t.Data : null;
            var crop = page.CropBox.Bounds;
            if (Resolve(document, page.Dictionary, "Annots") is not ArrayToken annots)
                continue;
            foreach (var annot in annots.Data.Select(a => Resolve(document, a)).OfType<DictionaryToken>())
            {
                var rect = (Resolve(document, annot, "Rect") as ArrayToken)!.Data.OfType<NumericToken>().Select(n => n.Double).ToArray();
                var structParent = Resolve(document, annot, "StructParent") is NumericToken sp ? sp.Int : (int?)null;
                annotations.Add(
                    new Annotation(
                        number,
                        (Resolve(document, annot, "Subtype") as NameToken)?.Data ?? "",
                        [Math.Min(rect[0], rect[2]), Math.Min(rect[1], rect[3]), Math.Max(rect[0], rect[2]), Math.Max(rect[1], rect[3])],
                        Resolve(document, annot, "F") is NumericToken f ? f.Int : 0,
                        structParent is { } key && parentKeys.Contains(key),
                        tabs,
                        [crop.Left, crop.Bottom, crop.Right, crop.Top]
                    )
                );
            }
        }

        return new PdfUaFacts(part, title, language, annotations);
    }

    /// <summary>The keys of the parent tree (a number tree: Nums pairs, perhaps under Kids) that hold a structure element.</summary>
    private static HashSet<int> ParentTreeKeys(PdfDocument document)
    {
        var keys = new HashSet<int>();
        var root = Resolve(document, document.Structure.Catalog.CatalogDictionary, "StructTreeRoot") as DictionaryToken;
        var pending = new Stack<DictionaryToken>();
        if (root is not null && Resolve(document, root, "ParentTree") is DictionaryToken tree)
            pending.Push(tree);
        while (pending.TryPop(out var node))
        {
            if (Resolve(document, node, "Nums") is ArrayToken nums)
            {
                for (var i = 0; i + 1 < nums.Data.Count; i += 2)
                {
                    if (nums.Data[i] is NumericToken key && Resolve(document, nums.Data[i + 1]) is DictionaryToken)
                        keys.Add(key.Int);
                }
            }

            if (Resolve(document, node, "Kids") is ArrayToken kids)
            {
                foreach (var kid in kids.Data.Select(k => Resolve(document, k)).OfType<DictionaryToken>())
                    pending.Push(kid);
            }
        }

        return keys;
    }

    private static IToken? Resolve(PdfDocument document, DictionaryToken owner, string key) =>
        owner.TryGet(NameToken.Create(key), out var token) ? Resolve(document, token) : null;

    private static IToken? Resolve(PdfDocument document, IToken? token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;
}
