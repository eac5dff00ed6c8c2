using System.Security.Cryptography;

namespace ResearchRelease.Web.Applications;

/// <summary>
/// References like <c>RR-2026-K7QM4X</c>: the year for people, then six characters from an alphabet
/// without look-alikes (no 0/O, 1/I/L) so a reference read over the phone is not misheard.
/// </summary>
public static class ReferenceGenerator
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string Next(DateTimeOffset now) => $"RR-{now.Year}-{Random(6)}";

    public static string Random(int length) => string.Create(length, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        });
}
