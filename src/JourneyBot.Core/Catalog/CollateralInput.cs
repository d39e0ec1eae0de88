namespace JourneyBot.Core.Catalog;

/// <summary>One collateral item as written by a person (an import row, the add modal): strings, unchecked.</summary>
public sealed record CollateralInput(
    string? Title, string? Url, string? Type, IReadOnlyList<string> Stages, IReadOnlyList<string> Personas,
    IReadOnlyList<string> UseCases, string? UpdatedOn, string? Owner, string? Description);
