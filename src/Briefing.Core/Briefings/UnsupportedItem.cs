namespace Briefing.Briefings;

/// <summary>One number, name or quotation of a briefing that the article does not contain.</summary>
/// <param name="Kind">Number, name or quote.</param>
/// <param name="Text">The item as the briefing wrote it.</param>
/// <param name="Location">"briefing" or "key point N" (1-based).</param>
internal sealed record UnsupportedItem(UnsupportedKind Kind, string Text, string Location)
{
    public string Describe() => $"{Kind.ToString().ToLowerInvariant()} \"{Text}\" ({Location})";
}
