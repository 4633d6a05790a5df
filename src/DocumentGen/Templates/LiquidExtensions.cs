using System.Globalization;
using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Reconsideration.DocumentGen.Formatting;

namespace Reconsideration.DocumentGen.Templates;

/// <summary>
/// What templates get beyond standard Liquid. Tags: <c>{% required path %}</c> (the field must be present and
/// non-empty) and <c>{% fail "message" %}</c> (stop with a message, e.g. an unknown decision kind). Filters:
/// cn_date, cn_datetime, cn_number, heading, yuan, yuan_upper, sex, id_number, paragraphs, days_until.
/// </summary>
internal static class LiquidExtensions
{
    internal const string MaskIdsKey = "mask_ids";

    internal static void RegisterTags(FluidParser parser)
    {
        parser.RegisterExpressionTag("required", async (expression, writer, _, context) =>
        {
            var value = await expression.EvaluateAsync(context);
            if (IsMissing(value))
            {
                var path = PathOf(expression);
                throw new TemplateRenderFailure(
                    $"缺少必填数据“{path}”。请在数据（JSON）中填写该字段后重新生成。", path, LastMarker(writer));
            }
            return Completion.Normal;
        });
        parser.RegisterExpressionTag("fail", async (expression, writer, _, context) =>
        {
            var message = (await expression.EvaluateAsync(context)).ToStringValue();
            throw new TemplateRenderFailure(message, null, LastMarker(writer));
        });
    }

    internal static void RegisterFilters(TemplateOptions options)
    {
        var filters = options.Filters;
        filters.AddFilter("cn_date", (input, _, _) =>
            Text(input, text => ChineseDates.Format(ChineseDates.ParseIsoDate(text))));
        filters.AddFilter("cn_datetime", (input, _, _) =>
            Text(input, text => ChineseDates.Format(ChineseDates.ParseIsoDateTime(text))));
        filters.AddFilter("cn_number", (input, _, _) =>
            Text(input, text => ChineseNumerals.ToChinese(Integer(text))));
        filters.AddFilter("heading", (input, arguments, _) =>
            Text(input, text => ChineseNumerals.Heading((int)arguments.At(0).ToNumberValue(), Integer(text))));
        filters.AddFilter("yuan", (input, _, _) => Text(input, text => ChineseAmounts.Yuan(Decimal(text))));
        filters.AddFilter("yuan_upper", (input, _, _) => Text(input, text => ChineseAmounts.Upper(Decimal(text))));
        filters.AddFilter("sex", (input, _, _) => Text(input, PersonalDetails.Sex));
        filters.AddFilter("id_number", (input, _, context) =>
            Text(input, text => context.AmbientValues.TryGetValue(MaskIdsKey, out var mask) && mask is true
                ? PersonalDetails.MaskIdNumber(text)
                : text));
        // Free text may come as one string or as a list of paragraphs; templates loop over either.
        filters.AddFilter("paragraphs", (input, _, _) => new ValueTask<FluidValue>(input switch
        {
            ArrayValue array => array,
            _ when input.IsNil() || input.ToStringValue().Trim().Length == 0 => new ArrayValue([]),
            _ => new ArrayValue([input]),
        }));
        filters.AddFilter("days_until", (input, arguments, _) =>
        {
            if (input.IsNil() || arguments.At(0).IsNil()) return NilValue.Instance;
            var from = ChineseDates.ParseIsoDate(input.ToStringValue());
            var to = ChineseDates.ParseIsoDate(arguments.At(0).ToStringValue());
            return NumberValue.Create(to.DayNumber - from.DayNumber);
        });
    }

    private static bool IsMissing(FluidValue value) => value.IsNil()
        || (value is StringValue && string.IsNullOrWhiteSpace(value.ToStringValue()))
        || (value is ArrayValue array && array.Values.Count == 0);

    private static string PathOf(Expression expression)
    {
        if (expression is not MemberExpression member) return expression.ToString() ?? "?";
        var path = new System.Text.StringBuilder();
        foreach (var segment in member.Segments)
        {
            switch (segment)
            {
                case IdentifierSegment identifier:
                    if (path.Length > 0) path.Append('.');
                    path.Append(identifier.Identifier);
                    break;
                case IndexerSegment { Expression: LiteralExpression literal }:
                    path.Append('[').Append(literal.Value.ToStringValue()).Append(']');
                    break;
                default:
                    path.Append("[…]");
                    break;
            }
        }
        return path.ToString();
    }

    private static LineMarkers.Location? LastMarker(TextWriter writer) =>
        writer is StringWriter buffer ? LineMarkers.Last(buffer.ToString()) : null;

    // Filters see data errors (a date written "2026/3/1"); they surface as render failures naming the value.
    private static ValueTask<FluidValue> Text(FluidValue input, Func<string, string> format)
    {
        if (input.IsNil()) return new ValueTask<FluidValue>(NilValue.Instance);
        var text = input.ToStringValue();
        if (text.Length == 0) return new ValueTask<FluidValue>(StringValue.Empty);
        try
        {
            return new ValueTask<FluidValue>(new StringValue(format(text)));
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new TemplateRenderFailure(e is FormatException ? e.Message : $"数值“{text}”超出允许范围。");
        }
    }

    private static int Integer(string text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
        ? value
        : throw new FormatException($"“{text}”不是整数。");

    private static decimal Decimal(string text) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
        ? value
        : throw new FormatException($"金额“{text}”不是数字。");
}
