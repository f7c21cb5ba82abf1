namespace Briefing.Engines.Model.Fallback;

/// <summary>What happens to an article whose model call failed.</summary>
internal enum FallbackPolicy
{
    /// <summary>The article fails with the reason (a ModelException); the CLI exits 7, the worker records it and goes on.</summary>
    Fail,

    /// <summary>The built-in extractive engine writes the briefing, labelled as a fallback with the reason.</summary>
    Extractive,
}
