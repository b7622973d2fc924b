"""Show softmax overflowing to nan in float32, and the stable version that subtracts the maximum first."""
import torch


def softmax_naive(o):
    return o.exp() / o.exp().sum()


def softmax_stable(o):
    o = o - o.max()  # the largest score becomes 0: exp(0) = 1, nothing overflows
    return o.exp() / o.exp().sum()


for o in [torch.tensor([1.0, 2.0, 3.0]), torch.tensor([101.0, 102.0, 103.0]), torch.tensor([-121.0, -122.0, -123.0])]:
    torch.testing.assert_close(softmax_stable(o), torch.softmax(o, dim=0))
    print(o.exp(), softmax_naive(o), softmax_stable(o))
