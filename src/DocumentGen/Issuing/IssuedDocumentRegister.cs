using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Reconsideration.DocumentGen.Issuing;

/// <summary>
/// The register of issued documents in a SQLite file: one row per issued PDF with its code and SHA-256. Rows are
/// only ever added; a verification recomputes the presented file's hash and compares.
/// </summary>
public sealed class IssuedDocumentRegister
{
    private readonly string _connectionString;

    /// <summary>Opens (and on first use creates) the register in the SQLite file at <paramref name="path"/>.</summary>
    public IssuedDocumentRegister(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS issued_documents (
                verification_code TEXT PRIMARY KEY,
                document_type TEXT NOT NULL,
                title TEXT NOT NULL,
                document_number TEXT,
                case_number TEXT,
                sha256 TEXT NOT NULL,
                size_bytes INTEGER NOT NULL,
                signer TEXT,
                issued_at TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS ix_issued_documents_sha256 ON issued_documents (sha256);
            CREATE INDEX IF NOT EXISTS ix_issued_documents_case_number ON issued_documents (case_number);
            """);
    }

    /// <summary>The lower-case hex SHA-256 of <paramref name="pdf"/>, as the register stores it.</summary>
    public static string HashOf(ReadOnlySpan<byte> pdf) => Convert.ToHexStringLower(SHA256.HashData(pdf));

    /// <summary>Adds <paramref name="document"/>; a code already registered is refused and nothing changes.</summary>
    public void Add(IssuedDocument document)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO issued_documents (verification_code, document_type, title, document_number, case_number, sha256, size_bytes, signer, issued_at)
            VALUES ($code, $type, $title, $number, $case, $sha256, $size, $signer, $issued)
            """;
        command.Parameters.AddWithValue("$code", document.VerificationCode);
        command.Parameters.AddWithValue("$type", document.DocumentType);
        command.Parameters.AddWithValue("$title", document.Title);
        command.Parameters.AddWithValue("$number", (object?)document.DocumentNumber ?? DBNull.Value);
        command.Parameters.AddWithValue("$case", (object?)document.CaseNumber ?? DBNull.Value);
        command.Parameters.AddWithValue("$sha256", document.Sha256);
        command.Parameters.AddWithValue("$size", document.SizeBytes);
        command.Parameters.AddWithValue("$signer", (object?)document.Signer ?? DBNull.Value);
        command.Parameters.AddWithValue("$issued", document.IssuedAt.ToString("O", CultureInfo.InvariantCulture));
        try
        {
            command.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19) // SQLITE_CONSTRAINT
        {
            throw new InvalidOperationException($"验证码 {document.VerificationCode} 已登记，不能重复使用。", e);
        }
    }

    /// <summary>The document issued under <paramref name="code"/> (typed in any accepted form), or null.</summary>
    public IssuedDocument? Find(string code)
    {
        var normalized = VerificationCode.Normalize(code);
        return normalized is null ? null : Query("verification_code = $value", normalized).FirstOrDefault();
    }

    /// <summary>Every document registered for <paramref name="caseNumber"/>, oldest first.</summary>
    public IReadOnlyList<IssuedDocument> ForCase(string caseNumber) => Query("case_number = $value", caseNumber);

    /// <summary>Checks a presented file against the document registered under <paramref name="code"/>.</summary>
    public VerificationResult Verify(string code, ReadOnlySpan<byte> pdf)
    {
        var document = Find(code);
        if (document is null)
        {
            return new(VerificationOutcome.UnknownCode, null);
        }
        return new(HashOf(pdf) == document.Sha256 ? VerificationOutcome.Authentic : VerificationOutcome.Altered, document);
    }

    private List<IssuedDocument> Query(string where, string value)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT verification_code, document_type, title, document_number, case_number, sha256, size_bytes, signer, issued_at
            FROM issued_documents WHERE {where} ORDER BY issued_at, verification_code
            """;
        command.Parameters.AddWithValue("$value", value);
        using var reader = command.ExecuteReader();
        var found = new List<IssuedDocument>();
        while (reader.Read())
        {
            found.Add(new IssuedDocument(
                reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5), reader.GetInt64(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture)));
        }
        return found;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout = 5000;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
