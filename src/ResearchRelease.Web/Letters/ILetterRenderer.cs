namespace ResearchRelease.Web.Letters;

/// <summary>Turns the content of a decision letter into a finished document.</summary>
public interface ILetterRenderer
{
    /// <summary>Renders the letter as PDF bytes. Implementations must be safe to call from several threads.</summary>
    byte[] Render(LetterContent letter);
}
