"""Show softmax overflowing to nan in float32, and the stable version that subtracts the maximum."""
import torch


def softmax_naive(o):
    return o.exp() / o.exp().sum()


def softmax_stable(o):
    o = o - o.max()  # the largest score becomes 0: exp(0) = 1, nothing overflows
    return o.exp() / o.exp().sum()


for values in [[1.0, 2.0, 3.0], [101.0, 102.0, 103.0], [-121.0, -122.0, -123.0]]:
    o = torch.tensor(values)  # float32
    torch.testing.assert_close(softmax_stable(o), torch.softmax(o, dim=0))
    print(o.exp(), softmax_naive(o), softmax_stable(o))
