namespace ResearchRelease.Domain.Applications;

/// <summary>
/// Greek and Cyrillic letters that are drawn like Latin ones, mapped to the Latin letter a reader would see: a small,
/// hand-written part of the Unicode TR39 confusables table, limited to what matters for names written in Latin script.
/// Fonts differ, so only the letters that look the same in ordinary fonts are listed.
/// </summary>
public static class Confusables
{
    private static readonly Dictionary<char, char> Map = new()
    {
        // Greek capitals.
        ['Α'] = 'A',
        ['Β'] = 'B',
        ['Ε'] = 'E',
        ['Ζ'] = 'Z',
        ['Η'] = 'H',
        ['Ι'] = 'I',
        ['Κ'] = 'K',
        ['Μ'] = 'M',
        ['Ν'] = 'N',
        ['Ο'] = 'O',
        ['Ρ'] = 'P',
        ['Τ'] = 'T',
        ['Υ'] = 'Y',
        ['Χ'] = 'X',
        ['Ϲ'] = 'C',
        ['Ϳ'] = 'J',
        // Greek small letters.
        ['α'] = 'a',
        ['ι'] = 'i',
        ['κ'] = 'k',
        ['ν'] = 'v',
        ['ο'] = 'o',
        ['ρ'] = 'p',
        ['υ'] = 'u',
        ['χ'] = 'x',
        ['ϲ'] = 'c',
        ['ϳ'] = 'j',
        // Cyrillic capitals.
        ['А'] = 'A',
        ['В'] = 'B',
        ['Е'] = 'E',
        ['І'] = 'I',
        ['Ј'] = 'J',
        ['К'] = 'K',
        ['М'] = 'M',
        ['Н'] = 'H',
        ['О'] = 'O',
        ['Р'] = 'P',
        ['С'] = 'C',
        ['Т'] = 'T',
        ['У'] = 'Y',
        ['Х'] = 'X',
        ['Ѕ'] = 'S',
        ['Ԛ'] = 'Q',
        ['Ԝ'] = 'W',
        ['Ү'] = 'Y',
        ['Ӏ'] = 'I',
        // Cyrillic small letters.
        ['а'] = 'a',
        ['е'] = 'e',
        ['о'] = 'o',
        ['р'] = 'p',
        ['с'] = 'c',
        ['у'] = 'y',
        ['х'] = 'x',
        ['ѕ'] = 's',
        ['і'] = 'i',
        ['ј'] = 'j',
        ['һ'] = 'h',
        ['ԁ'] = 'd',
        ['ԛ'] = 'q',
        ['ԝ'] = 'w',
        ['ӏ'] = 'l',
        ['ү'] = 'y',
        ['ɡ'] = 'g',
        // Latin letters that read as other Latin letters.
        ['ı'] = 'i',
        ['ȷ'] = 'j',
        ['ʟ'] = 'L',
        ['ɪ'] = 'I',
    };

    public static char Latin(char c) => Map.TryGetValue(c, out var latin) ? latin : c;
}
