using System.Text.Json;
using Reconsideration.Workflows.Expressions;

namespace Reconsideration.Workflows.Tests.Expressions;

public sealed class ExpressionEvaluatorTests
{
    private static readonly ExpressionEvaluator Evaluator = new();

    private static Dictionary<string, JsonElement> Vars(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());

    private static readonly Dictionary<string, JsonElement> None = [];

    private static string Json(JsonElement element) => element.GetRawText();

    private static ExpressionException Fails(Action action) => Assert.Throws<ExpressionException>(action);

    [Theory]
    [InlineData("${ a > 1 }", "a > 1")]
    [InlineData("  #{a>1}  ", "a>1")]
    [InlineData("${\n  a > 1\n}", "a > 1")]
    [InlineData("  a > 1 ", "a > 1")]
    [InlineData("{ a: 1 }", "{ a: 1 }")]
    public void Strip_removes_the_wrapper_and_whitespace(string written, string expected) =>
        Assert.Equal(expected, ExpressionEvaluator.Strip(written));

    [Fact]
    public void Wrapped_condition_is_evaluated()
    {
        Assert.True(Evaluator.EvaluateCondition("${ a > 1 }", Vars("""{"a": 2}""")));
        Assert.False(Evaluator.EvaluateCondition("#{a > 1}", Vars("""{"a": 1}""")));
    }

    [Theory]
    [InlineData("amount * 2", "3000")]
    [InlineData("amount / 4", "375")]
    [InlineData("0.1 + 0.2", "0.30000000000000004")]
    [InlineData("-amount", "-1500")]
    [InlineData("applicant + '的申请'", "\"张三的申请\"")]
    [InlineData("approved && !rejected", "true")]
    [InlineData("tags.length", "2")]
    [InlineData("tags.map(t => t + '!')", "[\"紧急!\",\"复议!\"]")]
    [InlineData("case_.parties[1].name", "\"王五\"")]
    [InlineData("case_.parties.filter(p => p.age > 30).map(p => p.name)", "[\"李四\"]")]
    [InlineData("note", "null")]
    [InlineData("note === null", "true")]
    [InlineData("undefined", "null")]
    [InlineData("[1, undefined, , 3]", "[1,null,null,3]")]
    [InlineData("({ 名称: applicant, n: amount, nested: { ok: true, list: [1, 'a'] }, u: undefined })",
        "{\"名称\":\"张三\",\"n\":1500,\"nested\":{\"ok\":true,\"list\":[1,\"a\"]},\"u\":null}")]
    [InlineData("new Date(Date.UTC(2026, 2, 1, 8, 30))", "\"2026-03-01T08:30:00.000Z\"")]
    [InlineData("new Date('2026-03-01T00:00:00+08:00').getDate()", "1")]
    [InlineData("let t = amount * 2; t > 2000", "true")]
    [InlineData("amount = 1; amount + 1", "2")]
    [InlineData("JSON.stringify({ a: [1] })", "\"{\\\"a\\\":[1]}\"")]
    public void Evaluate_returns_json(string expression, string expected)
    {
        var variables = Vars("""
            {"amount": 1500, "applicant": "张三", "approved": true, "rejected": false, "note": null,
             "tags": ["紧急", "复议"],
             "case_": {"no": "2026-001", "parties": [{"name": "李四", "age": 41}, {"name": "王五", "age": 29}]}}
            """);
        Assert.Equal(expected, Json(Evaluator.Evaluate(expression, variables)));
    }

    [Fact]
    public void Variables_object_reaches_odd_names_and_missing_ones()
    {
        var variables = Vars("""{"申请人": "张三", "案件-编号": "2026-001", "NaN": 5, "variables": 7}""");
        Assert.Equal("\"张三\"", Json(Evaluator.Evaluate("variables['申请人']", variables)));
        Assert.Equal("\"张三\"", Json(Evaluator.Evaluate("申请人", variables)));
        Assert.Equal("\"2026-001\"", Json(Evaluator.Evaluate("variables['案件-编号']", variables)));
        Assert.Equal("5", Json(Evaluator.Evaluate("variables['NaN']", variables)));
        Assert.Equal("true", Json(Evaluator.Evaluate("Number.isNaN(NaN)", variables)));
        Assert.Equal("7", Json(Evaluator.Evaluate("variables.variables", variables)));
        Assert.True(Evaluator.EvaluateCondition("variables['不存在'] === undefined", variables));
        Assert.True(Evaluator.EvaluateCondition("variables['constructor'] === undefined", variables));
        Assert.True(Evaluator.EvaluateCondition("typeof 不存在 === 'undefined'", variables));
    }

    [Fact]
    public void Objects_are_shared_between_the_identifier_and_the_variables_object()
    {
        Assert.True(Evaluator.EvaluateCondition("variables.c === c", Vars("""{"c": {"a": 1}}""")));
    }

    [Fact]
    public void Large_and_fractional_numbers_keep_their_value()
    {
        var variables = Vars("""{"big": 12345678901234, "rate": 0.035, "huge": 1e300}""");
        Assert.Equal("12345678901235", Json(Evaluator.Evaluate("big + 1", variables)));
        Assert.Equal("0.07", Json(Evaluator.Evaluate("rate * 2", variables)));
        Assert.Equal("1E+300", Json(Evaluator.Evaluate("huge", variables)));
    }

    [Theory]
    [InlineData("amount > 1000", true)]
    [InlineData("approved === true && amount > 1000", true)]
    [InlineData("amount > 1000 && applicant === '李四'", false)]
    [InlineData("['紧急'].includes(level)", true)]
    public void Condition_returns_its_boolean(string expression, bool expected) =>
        Assert.Equal(expected, Evaluator.EvaluateCondition(
            expression, Vars("""{"amount": 1500, "approved": true, "applicant": "张三", "level": "紧急"}""")));

    [Theory]
    [InlineData("amount", "实际为 数字 1500")]
    [InlineData("'是'", "实际为 字符串“是”")]
    [InlineData("null", "实际为 null")]
    [InlineData("undefined", "实际为 undefined")]
    [InlineData("({})", "实际为 对象")]
    [InlineData("[true]", "实际为 数组")]
    [InlineData("Math.max", "实际为 函数")]
    public void Condition_must_be_boolean(string expression, string actual)
    {
        var error = Fails(() => Evaluator.EvaluateCondition(expression, Vars("""{"amount": 1500}""")));
        Assert.StartsWith("条件表达式的结果必须是布尔值，", error.Message);
        Assert.Contains(actual, error.Message);
        Assert.Equal(expression, error.Expression);
    }

    [Theory]
    [InlineData("a +", "（第1行第4列）")]
    [InlineData("a > > 1", "（第1行第5列）")]
    [InlineData("a &&\n  (b ||", "（第2行第8列）")]
    [InlineData("${ a ) }", "（第1行第6列）")]
    [InlineData("  ${\n   a ) }", "（第2行第6列）")]
    [InlineData("${ a &&\n  (b || }", "（第2行第8列）")]
    [InlineData("return 1", "（第1行第1列）")]
    public void Syntax_errors_name_line_and_column(string expression, string position)
    {
        var message = Evaluator.CheckSyntax(expression);
        Assert.NotNull(message);
        Assert.StartsWith("表达式语法错误" + position + "：", message);

        var error = Fails(() => Evaluator.Evaluate(expression, None));
        Assert.Equal(message, error.Message);
        Assert.Equal(expression, error.Expression);
    }

    [Theory]
    [InlineData("a > 1")]
    [InlineData("${ a > 1 }")]
    [InlineData("a = 1; b")]
    [InlineData("let t = a; t > b")]
    [InlineData("({ a: 1 })")]
    public void Valid_expressions_pass_the_syntax_check(string expression) =>
        Assert.Null(Evaluator.CheckSyntax(expression));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("${  }")]
    public void Empty_expression_is_an_error(string expression)
    {
        Assert.Equal("表达式为空。请在流程定义中填写表达式。", Evaluator.CheckSyntax(expression));
        Fails(() => Evaluator.EvaluateCondition(expression, None));
    }

    [Fact]
    public void Deeply_nested_expression_is_an_error_not_a_crash()
    {
        var expression = new string('[', 100_000) + new string(']', 100_000);
        Assert.NotNull(Evaluator.CheckSyntax(expression));
        Fails(() => Evaluator.Evaluate(expression, None));
    }

    [Fact]
    public void Undefined_variable_is_an_error()
    {
        var error = Fails(() => Evaluator.EvaluateCondition("x > 1", Vars("""{"y": 1}""")));
        Assert.Contains("变量“x”未定义", error.Message);
        Assert.Contains("variables['x']", error.Message);

        error = Fails(() => Evaluator.Evaluate("undeclared = 1", None));
        Assert.Contains("变量“undeclared”未定义", error.Message);
    }

    [Fact]
    public void Variables_do_not_leak_into_the_next_evaluation()
    {
        Assert.Equal("1", Json(Evaluator.Evaluate("var leaked = 1; let alsoLeaked = 2; x", Vars("""{"x": 1}"""))));
        for (var i = 0; i < 20; i++)
        {
            Assert.Contains("未定义", Fails(() => Evaluator.Evaluate("x", None)).Message);
            Assert.Contains("未定义", Fails(() => Evaluator.Evaluate("leaked", None)).Message);
            Assert.Equal("3", Json(Evaluator.Evaluate("let alsoLeaked = 3; alsoLeaked", None)));
        }
    }

    [Theory]
    [InlineData("Array.prototype.x = 1")]
    [InlineData("Math.max = () => 0")]
    [InlineData("Object.prototype.approved = true")]
    public void Built_ins_cannot_be_changed_for_later_expressions(string expression)
    {
        Fails(() => Evaluator.Evaluate(expression, None));
        Assert.Equal("3", Json(Evaluator.Evaluate("Math.max(1, 3)", None)));
        Assert.True(Evaluator.EvaluateCondition("[].x === undefined && ({}).approved === undefined", None));
    }

    [Fact]
    public void Shadowing_a_global_lasts_for_one_evaluation()
    {
        Assert.Equal("5", Json(Evaluator.Evaluate("Math = 5; Math", None)));
        Assert.Equal("\"张三\"", Json(Evaluator.Evaluate("Date", Vars("""{"Date": "张三"}"""))));
        Assert.Equal("2", Json(Evaluator.Evaluate("Math.max(1, 2)", None)));
        Assert.True(Evaluator.EvaluateCondition("new Date(0).getTime() === 0", None));
    }

    [Fact]
    public void Runtime_errors_are_reported()
    {
        var error = Fails(() => Evaluator.Evaluate("a.b.c", Vars("""{"a": {}}""")));
        Assert.StartsWith("表达式“a.b.c”执行出错：TypeError", error.Message);
        Assert.Equal("a.b.c", error.Expression);
    }

    [Theory]
    [InlineData("throw '金额不足'", "执行出错：金额不足")]
    [InlineData("throw new Error('金额不足')", "执行出错：Error: 金额不足")]
    [InlineData("throw new RangeError('越界')", "执行出错：RangeError: 越界")]
    [InlineData("throw 42", "执行出错：42")]
    [InlineData("throw { code: 1 }", "执行出错：抛出了一个对象")]
    [InlineData("throw { get message() { while (true) {} } }", "已中止")]
    public void Thrown_values_are_reported(string expression, string expected) =>
        Assert.Contains(expected, Fails(() => Evaluator.Evaluate(expression, None)).Message);

    [Fact]
    public void Infinite_loop_ends_with_the_timeout_message()
    {
        var evaluator = new ExpressionEvaluator(new ExpressionLimits { Timeout = TimeSpan.FromMilliseconds(200), MaxStatements = 0 });
        var error = Fails(() => evaluator.EvaluateCondition("while(true){}", None));
        Assert.Equal("表达式“while(true){}”执行超时（超过200毫秒），已中止。请修改流程定义中的表达式。", error.Message);

        // The evaluator is still usable afterwards.
        Assert.True(evaluator.EvaluateCondition("1 < 2", None));
    }

    [Fact]
    public void Catastrophic_regular_expression_ends_with_the_timeout_message()
    {
        var evaluator = new ExpressionEvaluator(new ExpressionLimits { Timeout = TimeSpan.FromMilliseconds(200) });
        var error = Fails(() => evaluator.EvaluateCondition("/^(a+)+$/.test('a'.repeat(40) + '!')", None));
        Assert.Contains("执行超时（超过200毫秒）", error.Message);
    }

    [Fact]
    public void Infinite_loop_with_default_limits_ends_at_the_statement_limit()
    {
        var error = Fails(() => Evaluator.EvaluateCondition("let i = 0; while(true){ i++ }", None));
        Assert.Contains("执行的语句数超过上限（100000条）", error.Message);
    }

    [Theory]
    [InlineData("let s = 'x'; while (true) s += s; s")]
    [InlineData("let a = []; while (true) a.push({ n: a.length }); a")]
    [InlineData("new Array(1e9).fill(0).length")]
    public void Memory_bomb_ends_with_the_memory_message(string expression)
    {
        var error = Fails(() => Evaluator.Evaluate(expression, None));
        Assert.Contains("占用的内存超过上限（8 MB），已中止", error.Message);
    }

    [Fact]
    public void Huge_result_is_refused()
    {
        var evaluator = new ExpressionEvaluator(new ExpressionLimits { MemoryBytes = 0 });
        var error = Fails(() => evaluator.Evaluate("let a = []; a.length = 4e9; a", None));
        Assert.Contains("结果过大", error.Message);
    }

    [Fact]
    public void Deep_recursion_ends_with_the_recursion_message()
    {
        var error = Fails(() => Evaluator.Evaluate("function f(n) { return f(n + 1) } f(0)", None));
        Assert.Contains("函数调用层数超过上限（64层）", error.Message);
        Assert.Equal("3628800", Json(Evaluator.Evaluate("const f = n => n <= 1 ? 1 : n * f(n - 1); f(10)", None)));
    }

    [Theory]
    [InlineData("System")]
    [InlineData("importNamespace('System')")]
    [InlineData("clrHelper")]
    [InlineData("require('fs')")]
    public void Nothing_of_dotnet_is_reachable(string expression) =>
        Assert.Contains("未定义", Fails(() => Evaluator.Evaluate(expression, None)).Message);

    [Theory]
    [InlineData("new Proxy({}, {})")]
    [InlineData("new SharedArrayBuffer(8)")]
    [InlineData("Atomics.wait(new Int32Array(4), 0, 0)")]
    [InlineData("new WeakRef({})")]
    public void Proxies_shared_memory_and_weak_references_are_not_available(string expression) =>
        Assert.Contains("TypeError", Fails(() => Evaluator.Evaluate(expression, None)).Message);

    [Theory]
    [InlineData("eval('1 + 1')")]
    [InlineData("new Function('return 1')()")]
    [InlineData("(() => {}).constructor('return 1')()")]
    public void Code_cannot_be_compiled_from_strings(string expression) =>
        Assert.Contains("执行出错", Fails(() => Evaluator.Evaluate(expression, None)).Message);

    [Fact]
    public void Strict_mode_is_on() =>
        Assert.True(Evaluator.EvaluateCondition("(function () { return this === undefined })()", None));

    [Theory]
    [InlineData("() => 1", "含有函数")]
    [InlineData("({ f() {} })", "含有函数")]
    [InlineData("NaN", "NaN")]
    [InlineData("[1 / 0]", "Infinity")]
    [InlineData("new Map()", "Map")]
    [InlineData("10n", "BigInt")]
    [InlineData("({ get a() { while (true) {} } })", "访问器属性")]
    [InlineData("const o = {}; o.self = o; o", "循环引用")]
    [InlineData("new Date(NaN)", "无效日期")]
    public void Results_without_a_json_form_are_errors(string expression, string reason)
    {
        var error = Fails(() => Evaluator.Evaluate(expression, None));
        Assert.Contains("的结果无法转换为 JSON", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Concurrent_evaluations_give_correct_results()
    {
        var evaluator = new ExpressionEvaluator();
        var failures = 0;
        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var variables = Vars($$"""{"n": {{i}}, "name": "申请人{{i}}", "list": [{{i}}, 1]}""");
            var sum = evaluator.Evaluate("let t = n * 2; list[0] + t", variables).GetInt64();
            var text = evaluator.Evaluate("name + '-' + n", variables).GetString();
            var even = evaluator.EvaluateCondition("n % 2 === 0", variables);
            var missing = i % 7 == 0 && Assert.Throws<ExpressionException>(() => evaluator.Evaluate("other", variables)) is not null;
            if (sum != i * 3 || text != $"申请人{i}-{i}" || even != (i % 2 == 0) || (i % 7 == 0 && !missing))
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void Null_arguments_are_expression_errors()
    {
        Fails(() => Evaluator.Evaluate(null!, None));
        Assert.True(Evaluator.EvaluateCondition("true", null!));
    }
}
