using PdfSharp.Fonts;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>
/// Serves the Inter faces the build copies to <c>fonts/</c> next to the app. PDFsharp has no system fonts
/// on Linux: without a resolver the first <c>new XFont(...)</c> throws.
/// </summary>
internal sealed class LetterFontResolver : IFontResolver
{
    /// <summary>A private family name, so no other part of the app can ask for it by accident.</summary>
    public const string FamilyName = "ResearchRelease Inter";

    private const string RegularFace = "ResearchRelease-Inter-Regular";
    private const string BoldFace = "ResearchRelease-Inter-Bold";

    private static readonly Lock Gate = new();
    private static bool registered;

    private readonly Lazy<byte[]> regular = new(() => Load("Inter_400Regular.ttf"));
    private readonly Lazy<byte[]> bold = new(() => Load("Inter_700Bold.ttf"));

    private LetterFontResolver() { }

    /// <summary>
    /// One instance for the process: PDFsharp allows the global resolver to be set again only with the same
    /// instance, and only before its first font operation.
    /// </summary>
    public static LetterFontResolver Instance { get; } = new();

    /// <summary>Installs the resolver once. Uses the fallback slot if something else already owns the main one.</summary>
    public static void EnsureRegistered()
    {
        if (Volatile.Read(ref registered))
        {
            return;
        }

        lock (Gate)
        {
            if (registered)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is null || ReferenceEquals(current, Instance))
            {
                GlobalFontSettings.FontResolver = Instance;
            }
            else if (GlobalFontSettings.FallbackFontResolver is null)
            {
                GlobalFontSettings.FallbackFontResolver = Instance;
            }
            else if (!ReferenceEquals(GlobalFontSettings.FallbackFontResolver, Instance))
            {
                throw new InvalidOperationException(
                    "PDFsharp's font resolver and fallback resolver are both set by other code; letters cannot load Inter."
                );
            }

            Volatile.Write(ref registered, true);
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, FamilyName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // Only upright faces ship; PDFsharp simulates italic if ever asked for it.
        return new FontResolverInfo(bold ? BoldFace : RegularFace, false, italic);
    }

    public byte[]? GetFont(string faceName) =>
        faceName switch
        {
            RegularFace => regular.Value,
            BoldFace => bold.Value,
            _ => null,
        };

    private static byte[] Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "fonts", fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Letter font not found at {path}. The build copies Inter from node_modules/@expo-google-fonts/inter into fonts/.",
                path
            );
        }

        return File.ReadAllBytes(path);
    }
}
