namespace Briefing.Support;

/// <summary>A fact about Unix file-system oddities (FIFOs, symbolic links, mkfifo) that is skipped, saying so, elsewhere.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Skip = "Needs a Unix file system: FIFOs and symbolic links are made with mkfifo and ln.";
        }
    }
}
