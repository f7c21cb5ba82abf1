namespace Briefing.Evaluation;

/// <summary>One line of an evaluation set: an article and the reference summary it is scored against (one sentence a line).</summary>
internal sealed record EvalCase(string Id, string Article, string Reference);
