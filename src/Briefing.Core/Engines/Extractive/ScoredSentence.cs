namespace Briefing.Engines.Extractive;

/// <summary>A sentence with its position in the article and its salience score.</summary>
internal sealed record ScoredSentence(int Index, string Text, double Score);
