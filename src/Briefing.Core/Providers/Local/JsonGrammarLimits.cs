namespace Briefing.Providers.Local;

/// <summary>Bounds the grammar puts on strings and arrays, so a constrained reply always ends and is never empty.</summary>
/// <remarks>A small model can otherwise write one string until the token cap cuts the JSON in half.</remarks>
internal sealed record JsonGrammarLimits(int MinStringLength, int MaxStringLength, int MinItems, int MaxItems);
