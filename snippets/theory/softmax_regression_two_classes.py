"""Two classes: softmax over two scores is the sigmoid of their difference, and the losses agree."""
import torch
from torch import nn

torch.manual_seed(0)
O = torch.randn(6, 2) * 3  # two scores per example
y = torch.randint(0, 2, (6,))
z = O[:, 1] - O[:, 0]  # the single score logistic regression uses
print(torch.softmax(O, dim=1)[:, 1])
print(torch.sigmoid(z))
torch.testing.assert_close(torch.softmax(O, dim=1)[:, 1], torch.sigmoid(z))

ce = nn.CrossEntropyLoss()(O, y)  # softmax regression's loss
bce = nn.BCEWithLogitsLoss()(z, y.float())  # logistic regression's loss
torch.testing.assert_close(ce, bce)
print(f"cross-entropy {ce:.4f}, binary cross-entropy {bce:.4f}")
