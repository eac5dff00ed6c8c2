using ResearchRelease.Web.Letters;

namespace ResearchRelease.Benchmarks;

/// <summary>A typical approval letter: five data items, cohorts, six numbered conditions, signature and QR code.</summary>
public static class SampleLetters
{
    public static LetterContent Approval() =>
        new()
        {
            Kind = LetterKind.Approval,
            Reference = "RR-2026-K7QM4X",
            Date = new DateOnly(2026, 12, 1),
            AddresseeName = "Dr Priya Shah",
            AddresseeJobTitle = "Senior Lecturer",
            OrganisationName = "University of Northmoor",
            ProjectTitle = "Free school meals and progress between key stages 2 and 4",
            DecisionSummary = "approved with conditions",
            DataItems =
            [
                new("pseudonymous_pupil_id", "Pseudonymous pupil identifier", "Other individual-level data"),
                new("fsm_eligibility", "Free school meals eligibility", "Sensitive"),
                new("ks2_results", "Key stage 2 results", "Other individual-level data"),
                new("ks4_results", "Key stage 4 (GCSE and equivalent) results", "Other individual-level data"),
                new("school_type", "School type", "Other individual-level data"),
            ],
            Cohorts = ["Key stages: KS2, KS4", "Academic years: 2016/17, 2017/18, 2018/19, 2019/20, 2020/21, 2021/22"],
            AccessRoute = "ONS Secure Research Service",
            Conditions =
            [
                "The data must be used only for the research and statistical purposes described in the application.",
                "The data must not be used to support measures or decisions about particular individuals.",
                "No individual may be identified in any result; all outputs must pass statistical disclosure control.",
                "The data must not be shared with anyone who is not a named data user on this application.",
                "All outputs must be checked by the access route's output checkers before they leave the secure environment.",
                "The data must be destroyed by the end date and destruction confirmed to the Department in writing.",
            ],
            EndDate = new DateOnly(2029, 3, 31),
            Reasons = [new LetterReason("Remarks", "A sound design with clear public benefit.")],
            SignatoryName = "Alex Morgan",
            SignatoryTitle = "Chief Statistician",
            SignedAt = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero),
            VerificationCode = "7KQM4XH2PD",
            VerificationUrl = "https://research-release.education.gov.uk/verify/7KQM4XH2PD",
        };
}
