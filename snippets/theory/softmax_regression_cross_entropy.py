"""Check cross-entropy, its simplified form (log-sum-exp minus true score), nn.CrossEntropyLoss."""
import torch
from torch import nn

torch.manual_seed(0)
O = torch.randn(4, 5)  # scores (logits) of n = 4 examples, q = 5 classes
y = torch.tensor([0, 3, 1, 3])  # class indices
Y = nn.functional.one_hot(y, num_classes=5).float()  # the same labels as one-hot rows
print(Y)

Y_hat = torch.softmax(O, dim=1)
l = -(Y * Y_hat.log()).sum(dim=1)  # -sum_j y_j log y_hat_j, one value per example
l_derived = torch.logsumexp(O, dim=1) - (Y * O).sum(dim=1)  # log sum_k exp(o_k) - sum_j y_j o_j
torch.testing.assert_close(l, l_derived)
torch.testing.assert_close(l, -Y_hat[torch.arange(4), y].log())  # only the true class counts
print(l)

loss_fn = nn.CrossEntropyLoss()  # takes the logits O, and class indices or probability rows
torch.testing.assert_close(loss_fn(O, y), l.mean())
torch.testing.assert_close(loss_fn(O, Y), l.mean())
print(l.mean(), loss_fn(O, y), loss_fn(O, Y))
