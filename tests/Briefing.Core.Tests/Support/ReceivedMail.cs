using MimeKit;

namespace Briefing.Support;

/// <summary>A message as the loopback SMTP server received it: the envelope, the login used and the parsed message.</summary>
public sealed record ReceivedMail(string? User, string From, IReadOnlyList<string> Recipients, MimeMessage Message, string Raw);
