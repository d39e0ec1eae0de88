namespace JourneyBot.Core.Catalog;

/// <summary>A checked item: every tag is a vocabulary key. <see cref="NewUseCases"/> lists use cases to create.</summary>
public sealed record CollateralDraft(
    string Title, string Url, string? Type, IReadOnlyList<string> Stages, IReadOnlyList<string> Personas,
    IReadOnlyList<string> UseCases, DateOnly UpdatedOn, string? Owner, string? Description, IReadOnlyList<string> NewUseCases);
