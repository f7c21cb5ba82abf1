namespace Briefing.Engines.Extractive;

/// <summary>A unit the engine may quote: one sentence, or several when a quotation runs across them, with its place in the article.</summary>
/// <param name="Index">Position among the article's candidates, 0 for the first.</param>
/// <param name="Text">The sentence or sentences as the article has them.</param>
/// <param name="Quotable">False when its quotation marks do not balance (it starts or ends inside a quotation), so it cannot be quoted alone.</param>
internal sealed record Candidate(int Index, string Text, bool Quotable);
