using System.Text;

namespace Briefing.Providers.Local;

/// <summary>Reads the context length a GGUF model was trained with (<c>&lt;architecture&gt;.context_length</c>) from its header.</summary>
/// <remarks>
/// Reading the header is cheap and needs no native code, so the context budget can be planned before the weights load.
/// Only the metadata before the tensors is read; a value of an unexpected type or a damaged header gives null.
/// </remarks>
internal static class GgufContextLength
{
    private const int MaxKeyBytes = 1 << 16;

    public static int? Read(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadUInt32() != 0x46554747 || reader.ReadUInt32() < 2)
            {
                return null;
            }

            reader.ReadUInt64();
            var count = reader.ReadUInt64();
            for (ulong i = 0; i < count; i++)
            {
                var key = ReadString(reader);
                var type = reader.ReadUInt32();
                if (key.EndsWith(".context_length", StringComparison.Ordinal) && type is 4 or 5 or 10 or 11)
                {
                    var value = type is 4 or 5 ? reader.ReadUInt32() : reader.ReadUInt64();
                    return value is > 0 and <= int.MaxValue ? (int)value : null;
                }

                Skip(reader, type);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // The runtime reports an unreadable or damaged file properly when it loads it.
        }

        return null;
    }

    private static string ReadString(BinaryReader reader)
    {
        var length = reader.ReadUInt64();
        return length > MaxKeyBytes ? throw new InvalidDataException("GGUF key too long.") : Encoding.UTF8.GetString(reader.ReadBytes((int)length));
    }

    private static void Skip(BinaryReader reader, uint type)
    {
        switch (type)
        {
            case 0 or 1 or 7:
                reader.BaseStream.Seek(1, SeekOrigin.Current);
                break;
            case 2 or 3:
                reader.BaseStream.Seek(2, SeekOrigin.Current);
                break;
            case 4 or 5 or 6:
                reader.BaseStream.Seek(4, SeekOrigin.Current);
                break;
            case 10 or 11 or 12:
                reader.BaseStream.Seek(8, SeekOrigin.Current);
                break;
            case 8:
                reader.BaseStream.Seek((long)reader.ReadUInt64(), SeekOrigin.Current);
                break;
            case 9:
                var itemType = reader.ReadUInt32();
                var items = reader.ReadUInt64();
                for (ulong i = 0; i < items; i++)
                {
                    Skip(reader, itemType);
                }

                break;
            default:
                throw new InvalidDataException($"Unknown GGUF value type {type}.");
        }
    }
}
