using Briefing.Briefings;

namespace Briefing.ModelCalls;

/// <summary>One reply from the model: its text, why it stopped (stop, length, content_filter ...), any refusal, and what the call cost.</summary>
internal sealed record ModelReply(string Text, string? FinishReason, string? Refusal, ModelUsage Usage);
