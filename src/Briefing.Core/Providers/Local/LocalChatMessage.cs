namespace Briefing.Providers.Local;

/// <summary>One chat turn for the local model; <see cref="Role"/> is system, user or assistant.</summary>
internal sealed record LocalChatMessage(string Role, string Content);
