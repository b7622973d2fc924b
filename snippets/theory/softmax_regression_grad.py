"""Check dl/do_j = softmax(o)_j - y_j against autograd on random logits and labels."""
import torch
from torch import nn

torch.manual_seed(0)
O = torch.randn(4, 5, requires_grad=True)
y = torch.randint(0, 5, (4,))
Y = nn.functional.one_hot(y, num_classes=5).float()

loss = nn.CrossEntropyLoss(reduction="sum")(O, y)  # row i of O.grad is dl^(i)/do^(i)
loss.backward()
formula = torch.softmax(O.detach(), dim=1) - Y
torch.testing.assert_close(O.grad, formula)
print(y)
print(O.grad)
print(formula)

O.grad = None
nn.CrossEntropyLoss()(O, y).backward()  # the default mean over n = 4 examples divides each row by n
torch.testing.assert_close(O.grad, formula / 4)
