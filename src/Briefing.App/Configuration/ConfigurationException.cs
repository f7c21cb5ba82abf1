namespace Briefing.App.Configuration;

/// <summary>A configuration file that cannot be used (missing, unreadable, not JSON); the message names the file and the fix.</summary>
internal sealed class ConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
