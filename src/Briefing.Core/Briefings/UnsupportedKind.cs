namespace Briefing.Briefings;

/// <summary>What sort of statement could not be found in the article.</summary>
internal enum UnsupportedKind
{
    Number,
    Name,
    Quote,
}
