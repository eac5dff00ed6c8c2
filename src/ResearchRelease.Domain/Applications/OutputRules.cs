namespace ResearchRelease.Domain.Applications;

/// <summary>
/// A researcher reports an output of an approved release: a title and a public web address where it can be read. Only
/// the owner, only once the release is approved (and until it closes); the title has no control characters; the link must
/// be an absolute http or https address.
/// </summary>
public static class OutputRules
{
    public const int MaxTitle = 300,
        MaxLink = 500,
        MaxOutputs = 50;

    public static CommandOutcome Report(ApplicationState? state, Actor actor, string? title, string? link)
    {
        if (ApplicationDecider.Check(state, actor, ApplicationCommand.ReportOutput, null) is { } failure)
            return failure;
        if (state!.Outputs.Count >= MaxOutputs)
            return Invalid("title", $"You can report up to {MaxOutputs} outputs.");
        if (string.IsNullOrWhiteSpace(title))
            return Invalid("title", "Enter the title of the output");
        if (title.Trim().Length > MaxTitle)
            return Invalid("title", $"Shorten the title to {MaxTitle} characters or fewer");
        // The title is published on the public register and in its CSV: nothing invisible that could hide or reorder what
        // it says. It never reaches a letter, so the letter's character set does not apply.
        if (TextRules.HasUnprintable(title))
            return Invalid("title", TextRules.UnprintableMessage);
        if (TextRules.HasDirectionControl(title))
            return Invalid(
                "title",
                "The title must not include characters that change the direction of text, such as a right-to-left override."
            );
        if (string.IsNullOrWhiteSpace(link))
            return Invalid("link", "Enter the web address where the output can be read");
        if (
            link.Trim().Length > MaxLink
            || !Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http")
            || string.IsNullOrEmpty(uri.Host)
        )
            return Invalid("link", "Enter a full web address, starting with https://");
        return CommandOutcome.Ok(new OutputReported(title.Trim(), uri.AbsoluteUri));
    }

    private static CommandOutcome Invalid(string field, string message) => CommandOutcome.Fail(CommandFailure.Invalid, message, field);
}
