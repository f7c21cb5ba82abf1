namespace Briefing.Grounding;

/// <summary>What to do when a model's briefing contains items the article does not support.</summary>
internal enum GroundingAction
{
    /// <summary>Keep the briefing and show the unsupported items to the reader.</summary>
    Warn,

    /// <summary>Ask the model once more, naming the unsupported items; keep the better of the two answers.</summary>
    Retry,

    /// <summary>Replace the briefing with the built-in extractive one, which only uses article sentences.</summary>
    Fallback,
}
