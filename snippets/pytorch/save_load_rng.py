"""With shuffling and Dropout, resuming matches only if the checkpoint holds the RNG states too."""
import torch
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()
dataset = TensorDataset(torch.tensor(digits.data[:512], dtype=torch.float32) / 16,
                        torch.tensor(digits.target[:512]))
loss_fn = nn.CrossEntropyLoss()


def make(seed):
    torch.manual_seed(seed)
    net = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Dropout(0.5), nn.Linear(32, 10))
    optimizer = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
    generator = torch.Generator().manual_seed(seed)  # (1)!
    data_iter = DataLoader(dataset, batch_size=64, shuffle=True, generator=generator)
    return net, optimizer, data_iter


def train_epoch(net, optimizer, data_iter):
    net.train()
    total = 0.0
    for X, y in data_iter:  # a new order every epoch
        optimizer.zero_grad()
        loss = loss_fn(net(X), y)  # (2)!
        loss.backward()
        optimizer.step()
        total += loss.item() * len(y)
    return round(total / len(data_iter.dataset), 4)


net, optimizer, data_iter = make(seed=0)
print("4 epochs straight:   ", [train_epoch(net, optimizer, data_iter) for epoch in range(4)])

net, optimizer, data_iter = make(seed=0)
losses = [train_epoch(net, optimizer, data_iter) for epoch in range(2)]
torch.save({"epoch": 2, "model": net.state_dict(), "optimizer": optimizer.state_dict(),
            "rng_state": torch.get_rng_state(),  # for Dropout
            "data_rng_state": data_iter.generator.get_state()},  # for the shuffling
           "checkpoint.pth")

net, optimizer, data_iter = make(seed=1)  # (3)!
checkpoint = torch.load("checkpoint.pth", weights_only=True)
net.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
torch.set_rng_state(checkpoint["rng_state"])
data_iter.generator.set_state(checkpoint["data_rng_state"])
for epoch in range(checkpoint["epoch"], 4):
    losses.append(train_epoch(net, optimizer, data_iter))
print("2 + save/load + 2:   ", losses)
