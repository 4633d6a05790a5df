namespace Reconsideration.Host.Features.Api.Problems;

/// <summary>The Chinese title and default explanation of each error status the API answers with.</summary>
internal static class ProblemTexts
{
    public static string Title(int status) => status switch
    {
        400 => "请求有误",
        401 => "未登录",
        403 => "无权访问",
        404 => "未找到",
        405 => "不支持该请求方法",
        409 => "数据冲突",
        413 => "上传内容过大",
        415 => "类型不被接受",
        422 => "当前不允许此操作",
        429 => "请求过于频繁",
        500 => "服务器内部错误",
        503 => "服务暂不可用",
        _ => "请求未能完成",
    };

    public static string Detail(int status) => status switch
    {
        400 => "请求的内容不正确，请核对后重新提交。",
        401 => "请先用用户名和密码获取访问令牌，并在请求头 Authorization 中以“Bearer 令牌”的形式提交；令牌过期后请重新获取。",
        403 => "您的角色无权进行此操作。如需办理，请联系局长或系统管理员分配权限。",
        404 => "请求的地址或数据不存在，请核对后重试。",
        405 => "该地址不支持此请求方法，请查看接口文档。",
        409 => "数据已被他人修改，请刷新后重新操作。",
        413 => "上传的内容超过了系统允许的大小，请压缩或拆分后再上传。",
        415 => "文件类型不被接受：只接受PDF、JPEG、PNG、OFD和DOCX文件，且文件扩展名须与内容相符。",
        422 => "案件当前所处阶段不允许此操作。",
        500 => "服务器处理请求时出错，已记录日志。请稍后重试；如仍出错，请联系系统管理员。",
        _ => "请求未能完成。",
    };
}
