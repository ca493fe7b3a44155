namespace Placement.Domain.XlConfig;

/// <summary>
/// How xl reads a number (xlu_cfg_get_long: strtol with base 0, and nothing may follow): 0x..
/// is hex, a leading 0 is octal (<c>010</c> is 8), else decimal; a quoted number is the same.
/// </summary>
public static class XlNumbers
{
    public static bool TryRead(string text, out long value)
    {
        value = 0;
        var i = 0;
        while (i < text.Length && text[i] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r')
        {
            i++;
        }

        var negative = i < text.Length && text[i] == '-';
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        var radix = 10;
        if (i + 2 < text.Length && text[i] == '0' && text[i + 1] is 'x' or 'X' && Digit(text[i + 2], 16) >= 0)
        {
            (radix, i) = (16, i + 2);
        }
        else if (i < text.Length && text[i] == '0')
        {
            radix = 8;
        }

        if (i == text.Length)
        {
            return false;
        }

        Int128 magnitude = 0;
        for (; i < text.Length; i++)
        {
            var digit = Digit(text[i], radix);
            if (digit < 0 || (magnitude = (magnitude * radix) + digit) > (Int128)long.MaxValue + 1)
            {
                return false;
            }
        }

        var signed = negative ? -magnitude : magnitude;
        if (signed > long.MaxValue || signed < long.MinValue)
        {
            return false;
        }

        value = (long)signed;
        return true;
    }

    private static int Digit(char c, int radix)
    {
        var digit = c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };
        return digit < radix ? digit : -1;
    }
}
