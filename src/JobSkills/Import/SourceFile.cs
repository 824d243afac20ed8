using System.Security.Cryptography;
using System.Text;

namespace JobSkills.Import;

/// <summary>
/// One file handed to an importer: its name, its exact bytes and its strictly decoded text.
/// All input validation (empty, binary, not UTF-8, too large) happens here, once, before any
/// importer touches the database.
/// </summary>
public sealed class SourceFile
{
    /// <summary>Files above this size are refused: the outline is ~0.7 MB, so 16 MB is 20× headroom.</summary>
    public const long DefaultMaxBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private SourceFile(string name, string? path, byte[] bytes, string text, bool hasBom)
    {
        Name = name;
        Path = path;
        Bytes = bytes;
        Text = text;
        HasBom = hasBom;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public string Name { get; }
    public string? Path { get; }
    public byte[] Bytes { get; }

    /// <summary>The decoded text without the byte order mark.</summary>
    public string Text { get; }

    public bool HasBom { get; }
    public string Sha256 { get; }

    public static SourceFile Read(string path, long maxBytes = DefaultMaxBytes)
    {
        if (Directory.Exists(path))
        {
            throw new ImportException($"{path}: is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new ImportException($"{path}: file not found");
        }

        var length = new FileInfo(path).Length;
        if (length > maxBytes)
        {
            throw new ImportException($"{path}: file is {FormatSize(length)}, over the {FormatSize(maxBytes)} limit");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportException($"{path}: cannot read the file ({e.Message})", e);
        }

        return FromBytes(System.IO.Path.GetFileName(path), bytes, System.IO.Path.GetFullPath(path), maxBytes);
    }

    public static SourceFile FromBytes(string name, byte[] bytes, string? path = null, long maxBytes = DefaultMaxBytes)
    {
        var label = path ?? name;
        if (bytes.Length == 0)
        {
            throw new ImportException($"{label}: file is empty");
        }

        if (bytes.Length > maxBytes)
        {
            throw new ImportException($"{label}: file is {FormatSize(bytes.Length)}, over the {FormatSize(maxBytes)} limit");
        }

        var hasBom = bytes.AsSpan().StartsWith(Utf8Bom);
        var body = hasBom ? bytes.AsSpan(Utf8Bom.Length) : bytes.AsSpan();
        if (LooksBinary(body))
        {
            throw new ImportException($"{label}: looks like a binary file (it contains NUL or control bytes), not text");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            throw new ImportException($"{label}: is not valid UTF-8 (bad byte at offset {e.Index + (hasBom ? 3 : 0)}); save it as UTF-8 and try again", e);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ImportException($"{label}: file has no content (only whitespace)");
        }

        return new SourceFile(name, path, bytes, text, hasBom);
    }

    /// <summary>Text files never contain NUL, and only rarely C0 controls other than tab, CR, LF and form feed.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                controls++;
            }
        }

        return controls > 8 && controls * 100 > sample.Length;
    }

    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024.0):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} bytes",
    };
}
