"""Train a small classifier for a few epochs on whatever device is available."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

# toy data: the label is the index of the largest of 3 features
features = torch.randn(96, 3)
labels = features.argmax(dim=1)
data_iter = DataLoader(TensorDataset(features, labels), batch_size=16, shuffle=True)

net = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Linear(16, 3)).to(device)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(net.parameters(), lr=0.5)  # created after moving the model
num_epochs = 6


def accuracy():
    """Share of all examples the net classifies correctly."""
    with torch.no_grad():
        y_hat = net(features.to(device))
    return (y_hat.argmax(dim=1) == labels.to(device)).float().mean().item()


print(f"before: accuracy {accuracy():.4f}")
for epoch in range(num_epochs):
    for X, y in data_iter:
        X, y = X.to(device), y.to(device)  # each batch comes off the CPU
        loss = loss_fn(net(X), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
print(f"after:  accuracy {accuracy():.4f}")
print(X.device == loss.device == next(net.parameters()).device)
