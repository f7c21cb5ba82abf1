namespace Briefing.App.Commands;

/// <summary>Ends a <c>--print-prompt</c> run at the point where the model would have been called.</summary>
internal sealed class PromptCapturedException() : Exception("The prompt was captured; no model was called.");
