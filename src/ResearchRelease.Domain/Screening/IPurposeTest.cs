namespace ResearchRelease.Domain.Screening;

/// <summary>Limb 1 (purpose) as one wording of the regulations states it.</summary>
internal interface IPurposeTest
{
    void Assess(ScreeningContext context, LimbBuilder limb);
}
