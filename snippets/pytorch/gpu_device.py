"""Pick the device once, then put the model, the loss and a batch on it."""
import torch
from torch import nn

torch.manual_seed(0)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
net.to(device)  # (1)!
loss_fn = nn.CrossEntropyLoss()
loss_fn.to(device)  # (2)!

X = torch.randn(5, 4)
y = torch.tensor([0, 1, 2, 1, 0])
X, y = X.to(device), y.to(device)  # (3)!
y_hat = net(X)
loss = loss_fn(y_hat, y)
print(y_hat.shape, loss.shape)
print(next(net.parameters()).device == X.device == y_hat.device == loss.device)
