namespace Briefing.ModelCalls.Budget;

/// <summary>The prompt does not fit the context budget; raised before anything is sent, and never answered with a fallback.</summary>
internal sealed class ContextBudgetExceededException(string message) : Exception(message);
