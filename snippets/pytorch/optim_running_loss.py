"""Adding up loss tensors keeps every graph alive; loss.item() adds plain Python floats."""
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Linear(4, 3)
loss_fn = nn.CrossEntropyLoss()
X, y = torch.randn(8, 4), torch.tensor([0, 1, 2, 0, 1, 2, 0, 1])

run_loss = 0
for _ in range(3):
    run_loss += loss_fn(net(X), y)  # a tensor that still refers to all three graphs
print(run_loss)

total_loss = 0.0
for _ in range(3):
    total_loss += loss_fn(net(X), y).item()  # each graph is freed right away
print(round(total_loss, 4))
