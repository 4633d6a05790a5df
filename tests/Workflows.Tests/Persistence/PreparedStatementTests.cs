using Microsoft.Data.Sqlite;
using Reconsideration.Workflows.Persistence.FastPath;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>
/// The commit writer binds values itself (<see cref="PreparedStatement"/>); EF Core's queries only find what it wrote if
/// each value is stored exactly as Microsoft.Data.Sqlite would have stored it.
/// </summary>
public sealed class PreparedStatementTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();
    private readonly SqliteConnection _connection;

    public PreparedStatementTests()
    {
        _connection = _db.OpenConnection();
        Run("CREATE TABLE t (n INTEGER PRIMARY KEY, v)");
    }

    public void Dispose()
    {
        _connection.Dispose();
        _db.Dispose();
    }

    public static TheoryData<object?> Values() =>
    [
        Guid.Parse("0d5a6a8c-6f0b-4a8b-9c3e-1a2b3c4d5e6f"), true, false, 638_999_999_999_999_999L, -42, 3.25,
        "复议申请书（副本）", "", null, DBNull.Value,
    ];

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_is_stored_as_Microsoft_Data_Sqlite_stores_it(object? value)
    {
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO t VALUES (1, @v)";
            command.Parameters.AddWithValue("@v", value ?? DBNull.Value);
            command.ExecuteNonQuery();
        }
        using (var statement = new PreparedStatement(_connection.Handle!, "INSERT INTO t VALUES (2, @v)"))
        {
            var values = new ParameterValues();
            values.Add(null, "v", value);
            Assert.Equal(1, statement.Run(values));
        }

        var stored = _db.Texts("SELECT typeof(v) || ' ' || quote(v) FROM t ORDER BY n");

        Assert.Equal(stored[0], stored[1]);
    }

    [Fact]
    public void A_statement_runs_again_with_new_values_and_reports_the_rows_it_changed()
    {
        Run("INSERT INTO t VALUES (1, 'a'), (2, 'a'), (3, 'b')");
        using var statement = new PreparedStatement(_connection.Handle!, "UPDATE t SET v = @to WHERE v = @from");

        Assert.Equal(2, statement.Run(Values(("to", "c"), ("from", "a"))));
        Assert.Equal(0, statement.Run(Values(("to", "d"), ("from", "a"))));
        Assert.Equal(3, statement.Run(Values(("to", "e"), ("from", "c"))) + statement.Run(Values(("to", "e"), ("from", "b"))));
        Assert.Equal(["e", "e", "e"], _db.Texts("SELECT v FROM t ORDER BY n"));
    }

    [Fact]
    public void A_constraint_failure_is_an_SqliteException_naming_it_and_the_statement_stays_usable()
    {
        using var statement = new PreparedStatement(_connection.Handle!, "INSERT INTO t VALUES (@n, 'x')");
        statement.Run(Values(("n", 1L)));

        var error = Assert.Throws<SqliteException>(() => statement.Run(Values(("n", 1L))));

        Assert.Contains("UNIQUE", error.Message);
        Assert.Equal(1, statement.Run(Values(("n", 2L))));
    }

    [Fact]
    public void A_value_of_a_type_it_does_not_know_is_refused_not_guessed()
    {
        using var statement = new PreparedStatement(_connection.Handle!, "INSERT INTO t VALUES (1, @v)");

        Assert.Throws<NotSupportedException>(() => statement.Run(Values(("v", DateTime.UnixEpoch))));
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM t"));
    }

    [Fact]
    public void A_parameter_the_text_does_not_name_is_an_error()
    {
        using var statement = new PreparedStatement(_connection.Handle!, "INSERT INTO t VALUES (1, @v)");

        Assert.Throws<InvalidOperationException>(() => statement.Run(Values(("w", 1L))));
    }

    private static ParameterValues Values(params (string Name, object? Value)[] values)
    {
        var parameters = new ParameterValues();
        foreach (var (name, value) in values) parameters.Add(null, name, value);
        return parameters;
    }

    private void Run(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
