using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace ResearchRelease.Web.Letters.Tagged;

/// <summary>
/// Reads a tagged PDF's structure tree back with PdfPig: each structure element with the text of the marked
/// content it owns. The HTML version of a letter is built from this, so it says exactly what the issued PDF says.
/// </summary>
public static class TaggedPdfReader
{
    public static TaggedDocument Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var reader = new Walker(document);
        var root = catalog.TryGet(NameToken.Create("StructTreeRoot"), out var tree) ? reader.Root(reader.Dictionary(tree)) : null;
        return new TaggedDocument(
            Language: reader.Text(catalog, "Lang"),
            Title: document.Information.Title,
            Marked: reader.Dictionary(catalog, "MarkInfo") is { } mark && reader.Flag(mark, "Marked"),
            DisplayDocTitle: reader.Dictionary(catalog, "ViewerPreferences") is { } prefs && reader.Flag(prefs, "DisplayDocTitle"),
            Root: root
        );
    }

    private sealed class Walker
    {
        private readonly PdfDocument document;
        private readonly Dictionary<IndirectReference, int> pageNumbers = [];
        private readonly Dictionary<(int Page, int Mcid), string> contents = [];

        public Walker(PdfDocument document)
        {
            this.document = document;
            var catalog = document.Structure.Catalog.CatalogDictionary;
            if (catalog.TryGet(NameToken.Pages, out var pages) && pages is IndirectReferenceToken reference)
            {
                NumberPages(reference);
            }
        }

        public TaggedElement Root(DictionaryToken? tree)
        {
            var children = tree is null ? [] : Kids(tree, page: null);
            return new TaggedElement("StructTreeRoot", children);
        }

        public DictionaryToken? Dictionary(IToken? token) => Resolve(token) as DictionaryToken;

        public DictionaryToken? Dictionary(DictionaryToken owner, string key) =>
            owner.TryGet(NameToken.Create(key), out var token) ? Dictionary(token) : null;

        public string? Text(DictionaryToken owner, string key) =>
            owner.TryGet(NameToken.Create(key), out var token)
                ? Resolve(token) switch
                {
                    StringToken s => s.Data,
                    HexToken h => h.Data,
                    NameToken n => n.Data,
                    _ => null,
                }
                : null;

        public bool Flag(DictionaryToken owner, string key) =>
            owner.TryGet(NameToken.Create(key), out var token) && Resolve(token) is BooleanToken { Data: true };

        private IToken? Resolve(IToken? token) =>
            token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;

        private void NumberPages(IndirectReferenceToken node)
        {
            if (Dictionary(node) is not { } dictionary)
                return;
            if (dictionary.TryGet(NameToken.Kids, out var kids) && Resolve(kids) is ArrayToken array)
            {
                foreach (var kid in array.Data.OfType<IndirectReferenceToken>())
                {
                    NumberPages(kid);
                }

                return;
            }

            pageNumbers[node.Data] = pageNumbers.Count + 1;
        }

        private List<TaggedElement> Kids(DictionaryToken element, IndirectReference? page)
        {
            if (element.TryGet(NameToken.Pg, out var pg) && pg is IndirectReferenceToken pageReference)
            {
                page = pageReference.Data;
            }

            if (!element.TryGet(NameToken.K, out var k))
                return [];
            var items = Resolve(k) is ArrayToken array ? array.Data : [k];
            var children = new List<TaggedElement>();
            foreach (var item in items)
            {
                if (Kid(item, page) is { } child)
                    children.Add(child);
            }

            return children;
        }

        private TaggedElement? Kid(IToken item, IndirectReference? page)
        {
            switch (Resolve(item))
            {
                case NumericToken mcid:
                    return Content(page, mcid.Int);
                case DictionaryToken { } dictionary when Text(dictionary, "Type") == "MCR":
                    var own = dictionary.TryGet(NameToken.Pg, out var pg) && pg is IndirectReferenceToken r ? r.Data : page;
                    return dictionary.TryGet(NameToken.Create("MCID"), out var id) && Resolve(id) is NumericToken n
                        ? Content(own, n.Int)
                        : null;
                case DictionaryToken { } dictionary when Text(dictionary, "S") is { } tag:
                    var attributes = Dictionary(dictionary, "A");
                    return new TaggedElement(
                        tag,
                        Kids(dictionary, page),
                        Scope: attributes is null ? null : Text(attributes, "Scope"),
                        Alt: Text(dictionary, "Alt")
                    );
                default:
                    return null; // object references (annotations) carry no text
            }
        }

        private TaggedElement? Content(IndirectReference? page, int mcid)
        {
            if (page is not { } reference || !pageNumbers.TryGetValue(reference, out var number))
                return null;
            if (!contents.Keys.Any(k => k.Page == number))
                Load(number);
            return contents.TryGetValue((number, mcid), out var text) ? new TaggedElement(TaggedElement.TextTag, [], text) : null;
        }

        private void Load(int number)
        {
            // A sentinel so a page without marked content is read once.
            contents[(number, -1)] = "";
            foreach (var content in document.GetPage(number).GetMarkedContents().SelectMany(Flatten))
            {
                if (content.MarkedContentIdentifier >= 0)
                {
                    contents[(number, content.MarkedContentIdentifier)] = Join(content.Letters);
                }
            }
        }

        private static IEnumerable<MarkedContentElement> Flatten(MarkedContentElement element) =>
            element.Children.SelectMany(Flatten).Prepend(element);
    }

    /// <summary>Letters in drawing order; a space wherever the pen jumps (a new line or a new cell).</summary>
    public static string Join(IEnumerable<Letter> letters)
    {
        var text = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in letters)
        {
            if (previous is not null)
            {
                var newLine = Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 0.5;
                var jump = Math.Abs(letter.StartBaseLine.X - previous.EndBaseLine.X) > 1.0;
                if (newLine || jump)
                    text.Append(' ');
            }

            text.Append(letter.Value);
            previous = letter;
        }

        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
