namespace Briefing.Delivery;

/// <summary>A file could not be written (a full disk, a missing permission, a folder that is a file).</summary>
/// <remarks>Its own type so the CLI says "could not write the output" only when that is what happened, and the worker
/// can leave an article pending rather than blame it for the disk.</remarks>
internal sealed class OutputWriteException(string message, Exception? inner = null) : Exception(message, inner);
