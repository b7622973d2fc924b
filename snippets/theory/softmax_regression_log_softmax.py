"""Check log softmax(o)_j = (o_j - m) - log sum_k exp(o_k - m) against torch.log_softmax."""
import torch


def log_softmax(O):
    O = O - O.max(dim=1, keepdim=True).values  # o_j - m, row by row
    return O - O.exp().sum(dim=1, keepdim=True).log()  # minus log sum_k exp(o_k - m)


torch.manual_seed(0)
O = torch.randn(4, 5)  # ordinary scores
torch.testing.assert_close(log_softmax(O), torch.log_softmax(O, dim=1))
torch.testing.assert_close(log_softmax(O).exp(), torch.softmax(O, dim=1))  # exp gives softmax back
O_extreme = torch.tensor([[0.0, -120.0], [1000.0, 0.0]])  # exp underflows, or overflows
torch.testing.assert_close(log_softmax(O_extreme), torch.log_softmax(O_extreme, dim=1))
print(log_softmax(O_extreme))
