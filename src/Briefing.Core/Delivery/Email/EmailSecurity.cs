namespace Briefing.Delivery.Email;

/// <summary>How the connection to the SMTP server is protected.</summary>
internal enum EmailSecurity
{
    /// <summary>Plain connect, then STARTTLS, which the server must offer (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>No encryption: only for a relay on the same machine; a password is never sent this way.</summary>
    None,
}
