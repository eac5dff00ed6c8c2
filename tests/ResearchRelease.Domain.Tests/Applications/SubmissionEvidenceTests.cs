using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Tests.Screening;

namespace ResearchRelease.Domain.Tests.Applications;

/// <summary>An ethics approval the researcher declares must be attached before the application can go.</summary>
public sealed class SubmissionEvidenceTests
{
    [Fact]
    public void Declared_approval_without_the_letter_is_refused_naming_the_attachment()
    {
        var draft = Lifecycle.Draft();
        var outcome = ApplicationDecider.Submit(draft, Lifecycle.Owner, Lifecycle.Today, null, []);
        Assert.Equal(CommandFailure.Invalid, outcome.Failure);
        Assert.Equal("attachments.ethics_approval", outcome.Field);
        Assert.Empty(outcome.Events);
    }

    [Fact]
    public void Declared_approval_with_the_letter_is_submitted() =>
        Assert.True(
            ApplicationDecider
                .Submit(Lifecycle.Draft(), Lifecycle.Owner, Lifecycle.Today, null, [SubmissionEvidence.EthicsLetter])
                .Succeeded
        );

    [Fact]
    public void Pending_approval_needs_no_letter()
    {
        var form = TestForms.Eligible();
        form = form with
        {
            Project = form.Project! with
            {
                Ethics = new Ethics { Status = "pending", Body = "A committee" },
            },
        };
        Assert.True(ApplicationDecider.Submit(Lifecycle.Draft(form), Lifecycle.Owner, Lifecycle.Today, null, []).Succeeded);
    }
}
