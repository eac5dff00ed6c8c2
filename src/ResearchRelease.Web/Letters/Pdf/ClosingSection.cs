namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>The sign-off and the verification panel, kept on the same page whenever they fit on one.</summary>
internal static class ClosingSection
{
    private const double Gap = 16;

    public static void Draw(PageFlow flow, LetterContent letter, LetterStyles styles)
    {
        var signature = new SignatureBlock(flow, letter, styles);
        var verification = new VerificationBlock(flow, letter, styles);

        flow.EnsureSpace(signature.Height + Gap + verification.Height);
        signature.Draw(flow);
        flow.Gap(Gap);
        verification.Draw(flow);
    }
}
