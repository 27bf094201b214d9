using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Tsunagi.Continuity.Embedded;

/// <summary>
/// Encrypts a backup copy in 1 MiB chunks of AES-256-GCM so a large database never sits whole in memory. File: magic "TSGBAK1\0",
/// an 8-byte random nonce prefix, then chunks (4-byte length, ciphertext, 16-byte tag). Each chunk's nonce is the prefix and its
/// number; its associated data is its number and whether it is the last, so reordered, dropped or truncated chunks fail to decrypt.
/// </summary>
public sealed class BackupCipher(byte[] key)
{
    private const int ChunkSize = 1024 * 1024;
    private const int TagSize = 16;
    private static readonly byte[] Magic = "TSGBAK1\0"u8.ToArray();

    public static bool IsEncrypted(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[8];
        return stream.Read(head) == head.Length && head.SequenceEqual(Magic);
    }

    public async Task EncryptAsync(string source, string destination, CancellationToken cancellationToken)
    {
        await using var input = File.OpenRead(source);
        await using var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write);
        var prefix = RandomNumberGenerator.GetBytes(8);
        await output.WriteAsync(Magic, cancellationToken);
        await output.WriteAsync(prefix, cancellationToken);
        using var aes = new AesGcm(key, TagSize);
        var plain = new byte[ChunkSize];
        var cipher = new byte[ChunkSize];
        var tag = new byte[TagSize];
        var length = new byte[4];
        var remaining = input.Length;
        for (uint counter = 0; ; counter++)
        {
            var read = await input.ReadAtLeastAsync(plain, (int)Math.Min(ChunkSize, remaining), throwOnEndOfStream: true, cancellationToken);
            remaining -= read;
            var last = remaining == 0;
            aes.Encrypt(Nonce(prefix, counter), plain.AsSpan(0, read), cipher.AsSpan(0, read), tag, Associated(counter, last));
            BinaryPrimitives.WriteInt32BigEndian(length, read);
            await output.WriteAsync(length, cancellationToken);
            await output.WriteAsync(cipher.AsMemory(0, read), cancellationToken);
            await output.WriteAsync(tag, cancellationToken);
            if (last)
            {
                break;
            }
        }

        output.Flush(flushToDisk: true);
    }

    public async Task DecryptAsync(string source, string destination, CancellationToken cancellationToken)
    {
        await using var input = File.OpenRead(source);
        await using var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write);
        var head = new byte[16];
        if (await input.ReadAtLeastAsync(head, 16, throwOnEndOfStream: false, cancellationToken) < 16 || !head.AsSpan(0, 8).SequenceEqual(Magic))
        {
            throw new CryptographicException("not a Tsunagi backup");
        }

        var prefix = head[8..];
        using var aes = new AesGcm(key, TagSize);
        var cipher = new byte[ChunkSize];
        var plain = new byte[ChunkSize];
        var tag = new byte[TagSize];
        var length = new byte[4];
        for (uint counter = 0; ; counter++)
        {
            if (await input.ReadAtLeastAsync(length, 4, throwOnEndOfStream: false, cancellationToken) < 4)
            {
                throw new CryptographicException("truncated");
            }

            var size = BinaryPrimitives.ReadInt32BigEndian(length);
            if (size is < 0 or > ChunkSize
                || await input.ReadAtLeastAsync(cipher.AsMemory(0, size), size, throwOnEndOfStream: false, cancellationToken) < size
                || await input.ReadAtLeastAsync(tag, TagSize, throwOnEndOfStream: false, cancellationToken) < TagSize)
            {
                throw new CryptographicException("truncated");
            }

            var last = input.Position == input.Length;
            aes.Decrypt(Nonce(prefix, counter), cipher.AsSpan(0, size), tag, plain.AsSpan(0, size), Associated(counter, last));
            await output.WriteAsync(plain.AsMemory(0, size), cancellationToken);
            if (last)
            {
                break;
            }
        }

        output.Flush(flushToDisk: true);
    }

    private static byte[] Nonce(byte[] prefix, uint counter)
    {
        var nonce = new byte[12];
        prefix.CopyTo(nonce, 0);
        BinaryPrimitives.WriteUInt32BigEndian(nonce.AsSpan(8), counter);
        return nonce;
    }

    private static byte[] Associated(uint counter, bool last)
    {
        var data = new byte[Magic.Length + 5];
        Magic.CopyTo(data, 0);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(Magic.Length), counter);
        data[^1] = last ? (byte)1 : (byte)0;
        return data;
    }
}
