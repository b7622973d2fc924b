"""A checkpoint holds model, optimizer and epoch; resuming from it continues the same loss curve."""
import torch
from sklearn.datasets import load_digits
from torch import nn

digits = load_digits()
X = torch.tensor(digits.data[:512], dtype=torch.float32) / 16
y = torch.tensor(digits.target[:512])
loss_fn = nn.CrossEntropyLoss()


def make(seed):
    torch.manual_seed(seed)
    net = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
    optimizer = torch.optim.SGD(net.parameters(), lr=0.5, momentum=0.9)  # (1)!
    return net, optimizer


def train_epoch(net, optimizer):  # (2)!
    optimizer.zero_grad()
    loss = loss_fn(net(X), y)
    loss.backward()
    optimizer.step()
    return round(loss.item(), 4)


net, optimizer = make(seed=0)
print("4 epochs straight:   ", [train_epoch(net, optimizer) for epoch in range(4)])

net, optimizer = make(seed=0)
losses = [train_epoch(net, optimizer) for epoch in range(2)]
torch.save({"epoch": 2, "model": net.state_dict(), "optimizer": optimizer.state_dict()},
           "checkpoint.pth")

net, optimizer = make(seed=1)  # (3)!
checkpoint = torch.load("checkpoint.pth", weights_only=True)
net.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
for epoch in range(checkpoint["epoch"], 4):  # carry on where it stopped
    losses.append(train_epoch(net, optimizer))
print("2 + save/load + 2:   ", losses)
