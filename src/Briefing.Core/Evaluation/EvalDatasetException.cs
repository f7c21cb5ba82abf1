namespace Briefing.Evaluation;

/// <summary>The evaluation set cannot be read; the message names the file and line.</summary>
internal sealed class EvalDatasetException(string message, Exception? inner = null) : Exception(message, inner);
